# The API server. Stage 1 installs production dependencies only; stage 2 builds the explorer's
# static page; stage 3 copies both next to the sources (TypeScript run by tsx: no build output to
# get out of step with the code; tsx is a production dependency for that reason, and because
# bin/kg.js runs the CLI through it). Runs as the unprivileged `node` user; logs are JSON lines on
# stdout; SIGTERM (docker stop) drains requests in flight for up to KG_SHUTDOWN_TIMEOUT_MS, then
# exits 0.
FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

# The explorer's page and bundles (web/ → web/dist/), built with the dev dependencies (Vite,
# Cytoscape.js) that the running image does without.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
# web/tsconfig.json extends the root one, and Vite reads it while bundling.
COPY tsconfig.json ./
COPY web ./web
RUN npm run build:web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY examples ./examples
COPY --from=web /app/web/dist ./web/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "src/main.ts"]
