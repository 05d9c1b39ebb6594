#pragma once
// widgets/TimeMapping: which HR frame goes with an LR frame. The comparison layout steps through LR frames (the
// reconstruction and the ground truth share their times); the HR camera has fewer frames at its own times, so its
// pane shows the nearest HR frame and says how far it is in time. Plain class, testable without a window.
#include <QString>

#include <vector>

namespace xrs::widgets {

class TimeMapping {
public:
    TimeMapping() = default;
    // Times in any one unit, ascending (throws xrs::Error otherwise).
    TimeMapping(std::vector<double> lrTimes, std::vector<double> hrTimes);
    // When nothing records the times: LR frame i at time i, HR frame j at time j·step.
    static TimeMapping evenlySpaced(int lrFrames, int hrFrames, double hrStep);
    // Reads "lr_times" and "hr_times" from a video manifest (xrs synth / xrs demo: video/manifest.json).
    static TimeMapping fromManifest(const QString& path);

    int lrFrames() const { return int(m_lr.size()); }
    int hrFrames() const { return int(m_hr.size()); }
    double lrTime(int frame) const { return m_lr.at(std::size_t(frame)); }
    double hrTime(int frame) const { return m_hr.at(std::size_t(frame)); }

    struct Match {
        int hrFrame = -1;    // -1: no HR frames
        double delta = 0.0;  // HR time − LR time
    };
    // The HR frame nearest in time to LR frame `lrFrame` (ties: the earlier one).
    Match nearestHr(int lrFrame) const;

private:
    std::vector<double> m_lr, m_hr;
};

}  // namespace xrs::widgets
