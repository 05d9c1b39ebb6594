#pragma once
// tests/fuzz/FuzzScratchFile: the readers open files, so each fuzz input is written to one scratch file per process,
// RAM-backed when /dev/shm exists, rewritten for every input and removed when the process exits normally.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

namespace xrs::fuzz {

class ScratchFile {
public:
    // name: e.g. "tiff" → /dev/shm/xrs-fuzz-tiff-<pid><extension>
    ScratchFile(const std::string& name, const std::string& extension)
    {
        std::error_code ec;
        std::filesystem::path dir = std::filesystem::is_directory("/dev/shm", ec) ? std::filesystem::path("/dev/shm")
                                                                                 : std::filesystem::temp_directory_path(ec);
        if (ec) dir = ".";
        m_path = dir / ("xrs-fuzz-" + name + "-" + std::to_string(::getpid()) + extension);
    }
    ~ScratchFile()
    {
        std::error_code ec;
        std::filesystem::remove(m_path, ec);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }

    // Replaces the file's contents; false when the file system refuses (an environment problem, not an input one).
    bool write(const std::uint8_t* data, std::size_t size) const
    {
        std::FILE* f = std::fopen(m_path.c_str(), "wb");
        if (!f) return false;
        const bool ok = size == 0 || std::fwrite(data, 1, size, f) == size;
        return std::fclose(f) == 0 && ok;
    }

private:
    std::filesystem::path m_path;
};

}  // namespace xrs::fuzz
