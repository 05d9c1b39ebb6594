#!/bin/sh
# X-ray Studio: data-parallel training, one rank per GPU on every node (PBS Pro, mpiexec with PMI ranks).
{{DIRECTIVES}}
set -eu
cd "${PBS_O_WORKDIR:-.}"
{{SETUP}}
MASTER_ADDR=$(head -n 1 "$PBS_NODEFILE")
MASTER_PORT=${MASTER_PORT:-29500}
NNODES=$(sort -u "$PBS_NODEFILE" | wc -l)
WORLD_SIZE=$((NNODES * {{GPUS_PER_NODE}}))
export MASTER_ADDR MASTER_PORT WORLD_SIZE
export NCCL_DEBUG=${NCCL_DEBUG:-WARN}
# Slingshot/Polaris-style settings; harmless elsewhere.
export NCCL_NET_GDR_LEVEL=${NCCL_NET_GDR_LEVEL:-PHB}
export NCCL_CROSS_NIC=${NCCL_CROSS_NIC:-1}
mpiexec -n "$WORLD_SIZE" --ppn {{GPUS_PER_NODE}} \
    sh -c 'RANK=${PMI_RANK:-${PMIX_RANK:-0}} LOCAL_RANK=${PMI_LOCAL_RANK:-${PALS_LOCAL_RANKID:-0}}; export RANK LOCAL_RANK; exec "$@"' xrs-rank \
    {{XRS}} --progress=lines train {{ARGS}}
