#!/bin/sh
# X-ray Studio: data-parallel training, one rank per GPU on every node (Slurm).
{{DIRECTIVES}}
set -eu
{{SETUP}}
# Rank 0 runs on the first node of the allocation; every rank meets it there.
MASTER_ADDR=$(scontrol show hostnames "$SLURM_JOB_NODELIST" | head -n 1)
MASTER_PORT=${MASTER_PORT:-29500}
WORLD_SIZE=$((SLURM_JOB_NUM_NODES * {{GPUS_PER_NODE}}))
export MASTER_ADDR MASTER_PORT WORLD_SIZE
export NCCL_DEBUG=${NCCL_DEBUG:-WARN}
export NCCL_ASYNC_ERROR_HANDLING=1
srun --ntasks="$WORLD_SIZE" --ntasks-per-node={{GPUS_PER_NODE}} \
    sh -c 'RANK=$SLURM_PROCID LOCAL_RANK=$SLURM_LOCALID; export RANK LOCAL_RANK; exec "$@"' xrs-rank \
    {{XRS}} --progress=lines train {{ARGS}}
