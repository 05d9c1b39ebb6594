#include "core/Resample.h"

#include <opencv2/imgproc.hpp>

#include "core/Error.h"
#include "core/ThreadPool.h"

namespace xrs {

ImageStack resizeFrames(const ImageStack& s, std::int64_t rows, std::int64_t cols, Interpolation how)
{
    if (rows <= 0 || cols <= 0) throw Error("resize to an empty frame");
    ImageStack out(Shape{s.frames(), rows, cols});
    out.copyAttributes(s.info());
    const int flag = how == Interpolation::Nearest ? cv::INTER_NEAREST : how == Interpolation::Linear ? cv::INTER_LINEAR : cv::INTER_CUBIC;
    ThreadPool::global().parallelFor(s.frames(), [&](std::int64_t f0, std::int64_t f1) {
        for (std::int64_t f = f0; f < f1; ++f) {
            // OpenCV takes strided rows, so a view is wrapped without a copy.
            const cv::Mat in(int(s.rows()), int(s.cols()), CV_32F, const_cast<float*>(s.row(f, 0).data()),
                             std::size_t(s.rowStride()) * sizeof(float));
            cv::Mat o(int(rows), int(cols), CV_32F, out.row(f, 0).data());
            cv::resize(in, o, o.size(), 0, 0, flag);
        }
    });
    out.info().spacing.x *= double(s.cols()) / double(cols);
    out.info().spacing.y *= double(s.rows()) / double(rows);
    out.addProvenance("resized to " + std::to_string(rows) + "×" + std::to_string(cols));
    return out;
}

}  // namespace xrs
