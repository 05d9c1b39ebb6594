// Precompiled header for the LibTorch units (engine/nn and the networks of fusion/denoise).
#pragma once
#include <torch/torch.h>
