#pragma once
// io/MovieWriter: writes a movie (MJPG in .avi, mp4v in .mp4) frame by frame through OpenCV's VideoWriter, to a
// temporary name beside the target that is renamed onto it only on commit() (AtomicFile), so an interrupted export
// never leaves a file that looks complete. Frames are 8-bit grey or 8-bit BGR, all of the size given up front.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>

namespace xrs::io {

class MovieWriter {
public:
    enum class Channels { Grey = 1, Bgr = 3 };

    // Chooses the codec by extension (.avi → MJPG, .mp4 → mp4v). Throws xrs::Error naming the file when the
    // extension is unknown, the size or fps is invalid, or the codec/container cannot be opened.
    MovieWriter(const std::filesystem::path& path, int width, int height, double fps,
                Channels channels = Channels::Grey);
    ~MovieWriter();  // without commit(): nothing is left behind
    MovieWriter(const MovieWriter&) = delete;
    MovieWriter& operator=(const MovieWriter&) = delete;

    // One frame: height rows of `stride` bytes each (stride ≥ width × channels). Throws xrs::Error when too short.
    void append(std::span<const std::uint8_t> pixels, std::int64_t stride);
    std::int64_t framesWritten() const noexcept;
    // Closes the container and renames it into place. Throws xrs::Error when no frame was written.
    void commit();

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

}  // namespace xrs::io
