#!/bin/sh
# X-ray Studio: one engine command as a job (PBS Pro): `xrs denoise …`, `xrs fuse …`.
{{DIRECTIVES}}
set -eu
cd "${PBS_O_WORKDIR:-.}"
{{SETUP}}
exec {{XRS}} --progress=lines {{SUBCOMMAND}} {{ARGS}}
