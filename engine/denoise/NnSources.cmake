# Noise2Inverse (LibTorch), added to xrs_nn (paths relative to engine/).
target_sources(xrs_nn PRIVATE denoise/UNet25D.cpp denoise/Noise2Inverse.cpp)
