#!/usr/bin/env bash
# Every relative link in the project's Markdown resolves to a file inside the repository, and none leaves it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)
status=0
while IFS= read -r md; do
  dir=$(dirname "$md")
  # [text](target) links, minus URLs with a scheme and in-page anchors
  while IFS= read -r target; do
    target=${target%%#*}
    [ -n "$target" ] || continue
    case "$target" in http://*|https://*|mailto:*) continue ;; esac
    resolved=$(realpath -m "$dir/$target")
    case "$resolved" in
      "$root"/*) [ -e "$resolved" ] || { echo "$md: broken link $target"; status=1; } ;;
      *) echo "$md: link leaves the repository: $target"; status=1 ;;
    esac
  done < <(grep -oE '\]\([^)[:space:]]+\)' "$md" | sed -E 's/^\]\((.*)\)$/\1/')
done < <(git ls-files '*.md')
[ $status -eq 0 ] && echo "docs: every relative link resolves inside the repository"
exit $status
