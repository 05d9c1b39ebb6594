#!/bin/sh
# X-ray Studio: denoising job (PBS Pro).
{{DIRECTIVES}}
set -eu
cd "${PBS_O_WORKDIR:-.}"
{{SETUP}}
exec {{XRS}} --progress=lines denoise {{ARGS}}
