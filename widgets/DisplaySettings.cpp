// widgets/DisplaySettings: display range and colour map (see the header).
#include "DisplaySettings.h"

#include <algorithm>
#include <cmath>

namespace xrs::widgets {

DisplaySettings::DisplaySettings(QObject* parent) : QObject(parent) {}

void DisplaySettings::setRange(double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high)) return;
    if (high < low) std::swap(low, high);
    if (!(high - low > 0.0)) high = low + std::max(1e-12, std::abs(low) * 1e-6);
    if (low == m_low && high == m_high) return;
    m_low = low;
    m_high = high;
    emit changed();
}

void DisplaySettings::setWindowLevel(double window, double level)
{
    window = std::max(window, 1e-12);
    setRange(level - 0.5 * window, level + 0.5 * window);
}

void DisplaySettings::setColormap(Colormap map)
{
    if (map == m_colormap) return;
    m_colormap = map;
    emit changed();
}

double DisplaySettings::position(double value) const
{
    if (!std::isfinite(value)) return 0.0;
    return std::clamp((value - m_low) / (m_high - m_low), 0.0, 1.0);
}

}  // namespace xrs::widgets
