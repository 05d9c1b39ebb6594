// nn/DataParallel: topology from the environment and Gloo collectives (see DataParallel.h).
#include "nn/DataParallel.h"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <chrono>
#include <cstdlib>

#include "core/Error.h"

namespace xrs::nn {

namespace {

const char* env(const char* name)
{
    const char* v = std::getenv(name);
    return v && *v ? v : nullptr;
}

int envInt(const char* name, int fallback)
{
    const char* v = env(name);
    if (!v) return fallback;
    char* end = nullptr;
    const long n = std::strtol(v, &end, 10);
    if (*end != '\0') throw Error({}, name, std::string("'") + v + "' is not an integer");
    return int(n);
}

}  // namespace

std::string firstSlurmHost(const std::string& nodeList)
{
    // The first entry ends at a comma outside brackets; a bracket range expands to its first number (zero padding
    // kept).
    std::string first;
    int depth = 0;
    for (char c : nodeList) {
        if (c == '[') ++depth;
        if (c == ']') --depth;
        if (c == ',' && depth == 0) break;
        first += c;
    }
    const auto open = first.find('[');
    if (open == std::string::npos) return first;
    std::string inside = first.substr(open + 1, first.find(']') - open - 1);
    inside = inside.substr(0, inside.find_first_of(",-"));
    return first.substr(0, open) + inside;
}

ProcessTopology detectTopology()
{
    ProcessTopology t;
    if (env("RANK") && env("WORLD_SIZE")) {
        t.rank = envInt("RANK", 0);
        t.world = envInt("WORLD_SIZE", 1);
        t.localRank = envInt("LOCAL_RANK", 0);
        t.source = "RANK/WORLD_SIZE";
    } else if (env("SLURM_PROCID") && env("SLURM_NTASKS")) {
        t.rank = envInt("SLURM_PROCID", 0);
        t.world = envInt("SLURM_NTASKS", 1);
        t.localRank = envInt("SLURM_LOCALID", 0);
        if (const char* nodes = env("SLURM_JOB_NODELIST") ? env("SLURM_JOB_NODELIST") : env("SLURM_NODELIST"))
            t.masterAddr = firstSlurmHost(nodes);
        // One port per job so two jobs sharing a node do not meet.
        t.masterPort = 20000 + envInt("SLURM_JOB_ID", 9500) % 20000;
        t.source = "Slurm";
    } else if (env("PMI_RANK") && env("PMI_SIZE")) {
        t.rank = envInt("PMI_RANK", 0);
        t.world = envInt("PMI_SIZE", 1);
        t.localRank = envInt("PMI_LOCAL_RANK", envInt("PALS_LOCAL_RANKID", 0));
        t.source = "PMI";
    }
    if (const char* addr = env("MASTER_ADDR")) t.masterAddr = addr;
    t.masterPort = envInt("MASTER_PORT", t.masterPort);
    if (t.world < 1 || t.rank < 0 || t.rank >= t.world)
        throw Error({}, t.source, "rank " + std::to_string(t.rank) + " of a world of " + std::to_string(t.world));
    if (t.masterPort <= 0 || t.masterPort > 65535)
        throw Error({}, "MASTER_PORT", std::to_string(t.masterPort) + " is not a port");
    return t;
}

DataParallel::DataParallel(ProcessTopology topology, bool cuda, int timeoutSeconds)
    : m_topology(std::move(topology)), m_cuda(cuda)
{
    if (!active()) return;
    try {
        c10d::TCPStoreOptions so;
        so.port = std::uint16_t(m_topology.masterPort);
        so.isServer = m_topology.isMain();
        so.numWorkers = m_topology.world;
        so.waitWorkers = true;
        so.timeout = std::chrono::seconds(timeoutSeconds);
        auto store = c10::make_intrusive<c10d::TCPStore>(m_topology.masterAddr, so);
        if (cuda) {
#ifdef USE_C10D_NCCL
            auto options = c10d::ProcessGroupNCCL::Options::create();
            options->timeout = std::chrono::seconds(timeoutSeconds);
            m_group = c10::make_intrusive<c10d::ProcessGroupNCCL>(store, m_topology.rank, m_topology.world, options);
#else
            throw Error({}, "data-parallel", "this LibTorch has no NCCL; CUDA training runs as one process");
#endif
        } else {
            auto options = c10d::ProcessGroupGloo::Options::create(std::chrono::seconds(timeoutSeconds));
            options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
            m_group = c10::make_intrusive<c10d::ProcessGroupGloo>(store, m_topology.rank, m_topology.world, options);
        }
    } catch (const c10::Error& e) {
        throw Error({}, "data-parallel",
                    "rank " + std::to_string(m_topology.rank) + " could not join " + m_topology.masterAddr + ":" +
                        std::to_string(m_topology.masterPort) + ": " + e.what_without_backtrace());
    }
}

std::string DataParallel::device(const std::string& requested) const
{
    if (!m_cuda || !active() || requested.find(':') != std::string::npos) return requested;
    return requested + ":" + std::to_string(m_topology.localRank);
}

DataParallel::~DataParallel() = default;

void DataParallel::broadcastParameters(torch::nn::Module& module)
{
    if (!active()) return;
    torch::NoGradGuard noGrad;
    std::vector<at::Tensor> tensors;
    for (auto& p : module.parameters()) tensors.push_back(p.data());
    for (auto& b : module.buffers()) tensors.push_back(b);
    for (auto& t : tensors) {
        std::vector<at::Tensor> one{t};
        m_group->broadcast(one)->wait();
    }
}

void DataParallel::averageGradients(torch::nn::Module& module)
{
    if (!active()) return;
    std::vector<at::Tensor> grads;
    for (auto& p : module.parameters())
        if (p.grad().defined()) grads.push_back(p.grad());
    if (grads.empty()) return;
    std::vector<at::Tensor> flat{torch::cat([&] {
        std::vector<at::Tensor> views;
        for (auto& g : grads) views.push_back(g.reshape({-1}));
        return views;
    }())};
    m_group->allreduce(flat)->wait();
    flat[0].div_(double(m_topology.world));
    std::int64_t offset = 0;
    for (auto& g : grads) {
        const auto n = g.numel();
        g.copy_(flat[0].narrow(0, offset, n).view_as(g));
        offset += n;
    }
}

double DataParallel::average(double value)
{
    if (!active()) return value;
    auto options = torch::TensorOptions(torch::kFloat64);
    if (m_cuda) options = options.device(torch::Device(torch::kCUDA, m_topology.localRank));
    std::vector<at::Tensor> t{torch::tensor({value}, options)};
    m_group->allreduce(t)->wait();
    return t[0].item<double>() / double(m_topology.world);
}

void DataParallel::barrier()
{
    if (active()) m_group->barrier()->wait();
}

}  // namespace xrs::nn
