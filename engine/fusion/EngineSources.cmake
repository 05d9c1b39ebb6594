# Non-NN fusion sources and extra metrics, added to xrs_engine (paths relative to engine/).
target_sources(xrs_engine PRIVATE
  metrics/Ssim.cpp
  fusion/VirtualExperiment.cpp
)
