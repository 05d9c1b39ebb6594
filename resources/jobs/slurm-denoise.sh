#!/bin/sh
# X-ray Studio: denoising job (Slurm).
{{DIRECTIVES}}
set -eu
{{SETUP}}
exec {{XRS}} --progress=lines denoise {{ARGS}}
