#pragma once
// nn/TorchRuntime: what LibTorch offers on this machine, behind a header without LibTorch includes so the CLI and
// other callers stay cheap to compile. Only files under engine/nn (and later fusion/denoise networks) include torch.
#include <string>

namespace xrs::nn {

struct TorchInfo {
    std::string version;     // "2.11.0"
    bool cudaAvailable = false;
    int cudaDevices = 0;
    bool cudnnAvailable = false;
    int cpuThreads = 0;      // intra-op threads
};

TorchInfo torchInfo();

// Runs a small fixed-seed convolution network on the CPU and, when a CUDA device is there, on CUDA (fp32, TF32 off);
// returns the max |cpu − cuda| (0 when only the CPU ran) and a one-line description.
struct TorchSmokeResult {
    bool ranCuda = false;
    double maxAbsDiff = 0.0;
    double cpuChecksum = 0.0;
    std::string message;
};
TorchSmokeResult torchSmokeTest();

}  // namespace xrs::nn
