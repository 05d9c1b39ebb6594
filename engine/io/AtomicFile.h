#pragma once
// io/AtomicFile: every file the engine writes goes to a temporary name beside the target and is renamed onto it
// only when complete, so an interrupted or failed write never leaves a file that looks complete.
#include <filesystem>
#include <string>
#include <string_view>

namespace xrs::io {

class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();  // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Where to write: "<dir>/.<name>.part-<pid>-<n>" (hidden, so file browsers and directory watchers skip it).
    const std::filesystem::path& tempPath() const noexcept { return m_temp; }
    const std::filesystem::path& target() const noexcept { return m_target; }
    // Renames the temporary file onto the target (atomic on one file system). Throws xrs::Error on failure.
    void commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    bool m_committed = false;
};

// Writes a whole text file (reports, manifests) through an AtomicFile.
void writeTextAtomically(const std::filesystem::path& target, std::string_view text);

// Natural ("human") order: "img2.tif" < "img10.tif".
bool naturalLess(const std::string& a, const std::string& b);

}  // namespace xrs::io
