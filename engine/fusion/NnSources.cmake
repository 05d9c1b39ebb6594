# SWIN-XVR sources (LibTorch), added to xrs_nn (paths relative to engine/).
target_sources(xrs_nn PRIVATE fusion/FusionTrainer.cpp fusion/SwinXvr.cpp fusion/FusionModel.cpp fusion/FusionInference.cpp fusion/PthArchive.cpp)
