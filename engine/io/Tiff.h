#pragma once
// io/Tiff: TIFF reading and writing through libtiff.
// Reads single images, multi-page stacks and directories of files (natural sort); 8/16/32-bit signed/unsigned
// integers, 32/64-bit float; strips and tiles, read by row range without loading the whole image; classic and BigTIFF.
// Writes multi-page stacks with ImageJ metadata (images/slices, spacing, unit, min/max) and XResolution/YResolution,
// so Fiji opens them with the right scale; optional deflate/LZW; BigTIFF for large data.
#include <filesystem>
#include <memory>

#include "io/StackSource.h"
#include "io/StackWriter.h"

namespace xrs::io {

std::unique_ptr<StackSource> openTiff(const std::filesystem::path& file);
// Every *.tif / *.tiff in the directory (not hidden, not *.part*), natural order; all must share shape and dtype.
std::unique_ptr<StackSource> openTiffDirectory(const std::filesystem::path& dir);

std::unique_ptr<StackWriter> openTiffWriter(const std::filesystem::path& file, const StackInfo& info, const WriteOptions& opts);
// One file per frame: dir/<prefix>_00000.tif …; each file is written atomically; the set is complete when commit()
// returns.
std::unique_ptr<StackWriter> openTiffSeriesWriter(const std::filesystem::path& dir, const StackInfo& info,
                                                  const WriteOptions& opts, const std::string& prefix = "frame");

}  // namespace xrs::io
