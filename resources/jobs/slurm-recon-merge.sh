#!/bin/sh
# X-ray Studio: joins the parts of a split reconstruction (runs after every task succeeded: afterok).
{{DIRECTIVES}}
set -eu
{{SETUP}}
# A folder of TIFFs reads as one stack in natural name order (part_0, part_1, …, part_10).
exec {{XRS}} --progress=lines convert {{PARTS}} {{OUTPUT}}
