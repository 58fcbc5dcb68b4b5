/**
 * The real corpus as clustering input: each article's text split on blank lines into passages, for the clustering
 * bench and the dedup and compare tests. Corpus text is third-party test data; it is read here, never copied into
 * product code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageWithPassages } from '../extractors/dedup/index.js';

/** The repository's copy of the corpus (the demo serves the same articles). */
const CORPUS_ROOT = fileURLToPath(new URL('../test/demo/corpus/', import.meta.url));

export interface CorpusPage extends PageWithPassages {
    id: string;
    title: string;
}

export interface CopyGroup {
    group: string;
    /** Corpus ids of pages copied from one another across sites. */
    members: string[];
}

/** Every article of `seeds` and `dev`, as pages of passages (blank-line separated blocks, in order). */
export function loadCorpusPages(): CorpusPage[] {
    return ['seeds', 'dev'].flatMap((folder) =>
        readdirSync(join(CORPUS_ROOT, folder))
            .filter((name) => name.endsWith('.json'))
            .sort()
            .map((name) => {
                const raw = JSON.parse(readFileSync(join(CORPUS_ROOT, folder, name), 'utf8')) as Record<string, string>;
                const blocks = raw.text!.split(/\n\s*\n/).filter((block) => block.trim() !== '');
                return {
                    id: raw.id!,
                    url: raw.url!,
                    site: raw.site!,
                    title: raw.title!,
                    passages: blocks.map((text, index) => ({ index, text, kind: 'paragraph' as const, section: null })),
                };
            }),
    );
}

/** `dev/groups.jsonl`: sets of pages known to be copies of one another. */
export function loadCopyGroups(): CopyGroup[] {
    return readFileSync(join(CORPUS_ROOT, 'dev', 'groups.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as CopyGroup);
}

/** The gold claims of `seeds` and `dev` (CLAIMS.md lines, without `copies` and `cluster`). */
export function loadGoldClaims(): Record<string, unknown>[] {
    return ['seeds', 'dev'].flatMap((folder) =>
        readFileSync(join(CORPUS_ROOT, folder, 'gold.jsonl'), 'utf8')
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => JSON.parse(line) as Record<string, unknown>),
    );
}
