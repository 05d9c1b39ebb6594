// tests/fuzz/fuzz_tiff: libFuzzer target for the TIFF reader (engine/io/Tiff.cpp). Each input is written to one
// scratch file per process (reused), opened with xrs::io::openTiff and read completely, plus a row range of the last
// frame. Only xrs::Error and xrs::Cancelled are expected; any other exception escapes and counts as a bug.
// Seeds: tests/fuzz/corpus/tiff (regenerate with tests/fuzz/make_corpus_tiff.py).
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include "core/Error.h"
#include "io/Tiff.h"

namespace {

namespace fs = std::filesystem;

// Inputs whose claimed pixels exceed this many bytes as float32 are opened but not read (the reader allocates what
// the caller asks for; the fuzzer should not).
constexpr std::uint64_t kMaxReadBytes = 64ull * 1024 * 1024;

// One scratch file per process, RAM-backed when /dev/shm exists (it is rewritten for every input); removed when the
// process exits normally. The object owns its path, so its destructor depends on nothing destroyed before it.
class ScratchFile {
public:
    ScratchFile()
    {
        std::error_code ec;
        const fs::path dir = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
        m_path = dir / ("xrs-fuzz-tiff-" + std::to_string(::getpid()) + ".tif");
    }
    ~ScratchFile()
    {
        std::error_code ec;
        fs::remove(m_path, ec);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

const fs::path& scratchFile()
{
    static const ScratchFile file;
    return file.path();
}

bool writeScratch(const std::uint8_t* data, std::size_t size)
{
    std::FILE* f = std::fopen(scratchFile().c_str(), "wb");
    if (!f) return false;
    const bool ok = std::fwrite(data, 1, size, f) == size;
    return std::fclose(f) == 0 && ok;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (!writeScratch(data, size)) {
        std::perror("fuzz_tiff: cannot write the scratch file");
        std::abort();  // an environment problem, not an input problem: stop instead of fuzzing nothing
    }
    try {
        auto source = xrs::io::openTiff(scratchFile());
        const xrs::Shape shape = source->info().shape;
        std::uint64_t pixels = 0;
        if (__builtin_mul_overflow(std::uint64_t(shape.rows), std::uint64_t(shape.cols), &pixels) ||
            __builtin_mul_overflow(pixels, std::uint64_t(shape.frames), &pixels) ||
            pixels > kMaxReadBytes / sizeof(float))
            return 0;
        const xrs::ImageStack all = source->readAll();
        if (all.shape() != shape) std::abort();  // the reader must return what it announced
        if (shape.rows > 2) source->read({shape.frames - 1, shape.frames}, {1, shape.rows - 1});
    } catch (const xrs::Error&) {
    } catch (const xrs::Cancelled&) {
    }
    return 0;
}
