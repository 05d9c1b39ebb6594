#pragma once
// cli/StackSpec: input stacks named on the command line as "FILE" or "FILE.h5:/dataset" (the HDF5 dataset after
// the colon), opened through io::openStack.
#include <filesystem>
#include <memory>
#include <string>

#include "io/StackSource.h"

namespace xrs::cli {

struct StackSpec {
    std::filesystem::path file;
    std::string dataset;  // empty: openStack's choice
};

// "a.h5:/exchange/data" → {a.h5, /exchange/data} when a.h5 exists and the full text is not itself a file.
inline StackSpec parseStackSpec(const std::string& text)
{
    std::error_code ec;
    if (std::filesystem::exists(text, ec)) return {text, {}};
    const auto colon = text.rfind(":/");
    if (colon != std::string::npos && colon > 0 && std::filesystem::is_regular_file(text.substr(0, colon), ec))
        return {text.substr(0, colon), text.substr(colon + 1)};
    return {text, {}};
}

// fallbackDataset applies when the text names none (e.g. a --dataset option).
inline std::unique_ptr<io::StackSource> openStackSpec(const std::string& text, const std::string& fallbackDataset = {})
{
    const StackSpec s = parseStackSpec(text);
    return io::openStack(s.file, s.dataset.empty() ? fallbackDataset : s.dataset);
}

}  // namespace xrs::cli
