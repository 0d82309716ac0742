#!/usr/bin/env bash
# Checks the built package as users get it: publint, are-the-types-wrong, then `npm pack` installed
# into a fresh project that imports every subpath from ESM and require()s it from CommonJS.
set -euo pipefail
cd "$(dirname "$0")/.."

npx publint --strict
npx attw --pack . --profile esm-only

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
subpaths=$(node -e '
  const pkg = require("./package.json");
  console.log(Object.keys(pkg.exports).filter((k) => k !== "./package.json")
    .map((k) => k === "." ? "socialcare" : "socialcare/" + k.slice(2)).join(" "));')
zod_range=$(node -p 'require("./package.json").peerDependencies.zod')

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball" "zod@$zod_range"

cat > esm.mjs <<JS
const subpaths = process.argv.slice(2);
for (const subpath of subpaths) {
  const mod = await import(subpath);
  if (Object.keys(mod).length === 0) throw new Error(subpath + ' exports nothing');
}
const { foldConversation } = await import('socialcare/conversation');
if (typeof foldConversation !== 'function') throw new Error('foldConversation missing');
console.log('ESM: imported ' + subpaths.length + ' subpaths');
JS
cat > cjs.cjs <<JS
const subpaths = process.argv.slice(2);
for (const subpath of subpaths) {
  const mod = require(subpath);
  if (Object.keys(mod).length === 0) throw new Error(subpath + ' exports nothing');
}
const { foldConversation } = require('socialcare/conversation');
if (typeof foldConversation !== 'function') throw new Error('foldConversation missing');
console.log('CommonJS: required ' + subpaths.length + ' subpaths');
JS
# shellcheck disable=SC2086
node esm.mjs $subpaths
# shellcheck disable=SC2086
node --no-warnings cjs.cjs $subpaths
npx --no-install socialcare --help >/dev/null
echo "CLI: socialcare --help ran from the installed package"
