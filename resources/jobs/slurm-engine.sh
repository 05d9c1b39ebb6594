#!/bin/sh
# X-ray Studio: one engine command as a job (Slurm): `xrs denoise …`, `xrs fuse …`.
{{DIRECTIVES}}
set -eu
{{SETUP}}
exec {{XRS}} --progress=lines {{SUBCOMMAND}} {{ARGS}}
