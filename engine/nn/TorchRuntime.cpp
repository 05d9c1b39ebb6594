#include "nn/TorchRuntime.h"

#include <torch/torch.h>

#include <sstream>

namespace xrs::nn {

TorchInfo torchInfo()
{
    TorchInfo info;
    std::ostringstream v;
    v << TORCH_VERSION_MAJOR << '.' << TORCH_VERSION_MINOR << '.' << TORCH_VERSION_PATCH;
    info.version = v.str();
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDevices = info.cudaAvailable ? int(torch::cuda::device_count()) : 0;
    info.cudnnAvailable = info.cudaAvailable && torch::cuda::cudnn_is_available();
    info.cpuThreads = torch::get_num_threads();
    return info;
}

TorchSmokeResult torchSmokeTest()
{
    torch::NoGradGuard noGrad;
    torch::manual_seed(1234);
    torch::nn::Sequential net(torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 8, 3).padding(1)), torch::nn::LeakyReLU(),
                              torch::nn::Conv2d(torch::nn::Conv2dOptions(8, 1, 3).padding(1)));
    const auto x = torch::rand({2, 1, 64, 64});
    const auto cpu = net->forward(x);
    TorchSmokeResult r;
    r.cpuChecksum = cpu.sum().item<double>();
    r.message = "CPU forward ok";
    if (torch::cuda::is_available()) {
        at::globalContext().setAllowTF32CuDNN(false);
        at::globalContext().setAllowTF32CuBLAS(false);
        net->to(torch::kCUDA);
        const auto gpu = net->forward(x.to(torch::kCUDA)).cpu();
        r.ranCuda = true;
        r.maxAbsDiff = (gpu - cpu).abs().max().item<double>();
        r.message = "CPU and CUDA forward ok, max |diff| " + std::to_string(r.maxAbsDiff);
    }
    return r;
}

}  // namespace xrs::nn
