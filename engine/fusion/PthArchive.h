#pragma once
// fusion/PthArchive: reads the tensors of a torch.save zip archive (xrs_nn only — returns LibTorch tensors).
// LibTorch's own unpickler turns collections.OrderedDict (what Python's state_dict() is) into None, so reference
// checkpoints need this: a small pickle machine for the opcodes torch.save emits (dicts, OrderedDicts with their
// _metadata, tuples, lists, scalars, strings, tensors rebuilt from the archive's storages). Writing goes through our
// own pickler too: torch::pickle_save tags typed dicts with a global that Python's torch.load(weights_only=True), the
// default since PyTorch 2.6, refuses.
#include <torch/torch.h>

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace xrs::fusion {

struct PyValue;
using PyPtr = std::shared_ptr<PyValue>;

struct PyValue {
    enum class Kind { None, Bool, Int, Float, Str, Tuple, List, Dict, Global, Tensor };
    Kind kind = Kind::None;
    bool b = false;
    std::int64_t i = 0;
    double f = 0.0;
    std::string s;                                 // Str, or "module.name" of a Global
    std::vector<PyPtr> items;                      // Tuple, List
    std::vector<std::pair<PyPtr, PyPtr>> entries;  // Dict (insertion order)
    at::Tensor tensor;                             // Tensor (also storages, as 1-D tensors)

    // The Dict entry with a string key, or null.
    PyPtr get(const std::string& key) const;
};

// Reads the archive's object tree. Throws xrs::Error naming the file for anything unreadable or unsupported.
PyPtr readTorchArchive(const std::filesystem::path& file);

// Writes {group: OrderedDict(name → tensor) for every group} like torch.save (the groups share the storages), to
// `file` as it is (callers wrap it in an AtomicFile). Tensors must be on the CPU.
void writeTorchArchive(const std::filesystem::path& file, const std::vector<std::string>& groups,
                       const std::vector<std::pair<std::string, at::Tensor>>& tensors);
// The same with every group holding its own tensors (e.g. 'params' and 'params_ema' of a training run).
void writeTorchArchive(
    const std::filesystem::path& file,
    const std::vector<std::pair<std::string, std::vector<std::pair<std::string, at::Tensor>>>>& groups);

}  // namespace xrs::fusion
