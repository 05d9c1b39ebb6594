# Noise2Inverse parts without LibTorch (projection splits), added to xrs_engine (paths relative to engine/).
target_sources(xrs_engine PRIVATE denoise/Splits.cpp)
