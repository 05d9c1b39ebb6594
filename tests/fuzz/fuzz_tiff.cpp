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
#include "FuzzScratchFile.h"

namespace {

namespace fs = std::filesystem;

// Inputs whose claimed pixels exceed this many bytes as float32 are opened but not read (the reader allocates what
// the caller asks for; the fuzzer should not).
constexpr std::uint64_t kMaxReadBytes = 64ull * 1024 * 1024;

const xrs::fuzz::ScratchFile& scratch()
{
    static const xrs::fuzz::ScratchFile file("tiff", ".tif");
    return file;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (!scratch().write(data, size)) {
        std::perror("fuzz_tiff: cannot write the scratch file");
        std::abort();  // an environment problem, not an input problem: stop instead of fuzzing nothing
    }
    try {
        auto source = xrs::io::openTiff(scratch().path());
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
