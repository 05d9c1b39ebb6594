#!/bin/sh
# X-ray Studio: one subjob of a reconstruction split by slice range (PBS Pro array job).
{{DIRECTIVES}}
set -eu
cd "${PBS_O_WORKDIR:-.}"
{{SETUP}}
# Subjob i of N reconstructs detector rows [i*R/N, (i+1)*R/N) into its own part; the merge job joins them in order.
task=${PBS_ARRAY_INDEX:-0}
rows={{ROWS}}
tasks={{TASKS}}
first=$((task * rows / tasks))
last=$(((task + 1) * rows / tasks))
mkdir -p -- {{PARTS}}
exec {{XRS}} --progress=lines recon {{INPUT}} --rows "$first:$last" --center-rows "0:$rows" -o {{PARTS}}/part_"$task".tif {{ARGS}}
