import './bench-pages.ts';
