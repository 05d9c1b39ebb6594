#!/bin/sh
# X-ray Studio: joins the parts of a split reconstruction (runs after the array job succeeded: afterok).
{{DIRECTIVES}}
set -eu
cd "${PBS_O_WORKDIR:-.}"
{{SETUP}}
exec {{XRS}} --progress=lines convert {{PARTS}} {{OUTPUT}}
