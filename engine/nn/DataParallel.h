#pragma once
// nn/DataParallel: data-parallel training over processes with LibTorch's c10d (Gloo). The topology comes from the
// launcher's environment — RANK/WORLD_SIZE/MASTER_ADDR/MASTER_PORT (torchrun style), SLURM_PROCID/SLURM_NTASKS/
// SLURM_NODELIST (srun), PMI_RANK/PMI_SIZE (mpiexec on PBS) — so the same `xrs` command line runs as one process on a
// workstation and as N ranks on a cluster. Ranks rendezvous through a TCPStore on the master (rank 0), parameters are
// broadcast from rank 0 at the start and gradients averaged after every backward pass, so every rank takes the same
// optimiser step on the global batch. Only rank 0 writes checkpoints, logs and outputs. Collectives run over NCCL
// when the training runs on CUDA (each rank on GPU LOCAL_RANK), over Gloo on the CPU.
// Only xrs_nn includes this header (LibTorch).
#include <torch/torch.h>

#include <memory>
#include <string>

namespace c10d {
class Backend;
}

namespace xrs::nn {

struct ProcessTopology {
    int rank = 0;
    int world = 1;
    int localRank = 0;
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    std::string source = "single process";  // which environment said so
    bool isMain() const { return rank == 0; }
};

// Reads the environment (in the order above; MASTER_ADDR/MASTER_PORT override what the scheduler variables imply).
// A world of 1 when nothing is set. Throws xrs::Error for inconsistent values (rank ≥ world, bad port).
ProcessTopology detectTopology();

// "node[01-03,07],gpu5" → "node01": the first host of a Slurm node list.
std::string firstSlurmHost(const std::string& nodeList);

class DataParallel {
public:
    // Joins the process group when topology.world > 1 (blocks until every rank has arrived, up to `timeoutSeconds`).
    // cuda: the model and its gradients live on CUDA device localRank (NCCL); else on the CPU (Gloo).
    explicit DataParallel(ProcessTopology topology, bool cuda = false, int timeoutSeconds = 300);
    ~DataParallel();
    DataParallel(const DataParallel&) = delete;
    DataParallel& operator=(const DataParallel&) = delete;

    const ProcessTopology& topology() const { return m_topology; }
    bool active() const { return m_topology.world > 1; }

    // The device this rank trains on: "cpu", or "cuda:<localRank>" for CUDA (plain "cuda" in a single process).
    std::string device(const std::string& requested) const;
    // Every rank gets rank 0's parameters and buffers (the module must already be on device()).
    void broadcastParameters(torch::nn::Module& module);
    // Gradients summed over ranks and divided by the world size (one flat buffer, one allreduce).
    void averageGradients(torch::nn::Module& module);
    double average(double value);
    void barrier();

private:
    ProcessTopology m_topology;
    c10::intrusive_ptr<c10d::Backend> m_group;
    bool m_cuda = false;
};

}  // namespace xrs::nn
