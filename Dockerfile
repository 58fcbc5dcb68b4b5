# One image for the worker and the API: `docker compose build` installs the dependencies once, here, instead of
# every container running `npm ci` over a shared checkout. tsx is a runtime dependency: the CLI runs the
# TypeScript sources directly.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production \
    CLAIMSCOPE_DATA_DIR=/app/data

# Dependencies first, so a source change does not invalidate the install layer.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY . .
# A named volume mounted on /app/data takes this directory's owner, so the unprivileged user can write to it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node

ENTRYPOINT ["node", "bin/claimscope.js"]
CMD ["--help"]
