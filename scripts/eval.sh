#!/usr/bin/env bash
# Scores the generator on the development set kept outside the repository (../shared/eval): coverage of
# the answer keys of 25 real articles and of the seed articles. Prints one line per article and the mean.
set -euo pipefail
cd "$(dirname "$0")/.."
score=../shared/eval/dev-score.sh
if [ ! -f "$score" ]; then
	echo "eval: $score not found (the development set lives beside the repository)" >&2
	exit 1
fi
bash "$score" "$@"
