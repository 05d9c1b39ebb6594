# Non-NN fusion sources and extra metrics, added to xrs_engine (paths relative to engine/). Also the torch-free
# Noise2Inverse projection splits (denoise/Splits).
target_sources(xrs_engine PRIVATE
  metrics/Ssim.cpp
  fusion/VirtualExperiment.cpp
  denoise/Splits.cpp
)
