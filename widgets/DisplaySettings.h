#pragma once
// widgets/DisplaySettings: how values become colours — the display range (window/level) and the colour map. A plain
// model (no widget): image views, histograms and the comparison layout observe it; several views sharing one
// instance are linked in window/level and colour map.
#include <QObject>
#include <QRgb>

#include "Colormap.h"

namespace xrs::widgets {

class DisplaySettings : public QObject {
    Q_OBJECT
public:
    explicit DisplaySettings(QObject* parent = nullptr);

    // Values <= low get the first colour of the map, values >= high the last.
    double low() const { return m_low; }
    double high() const { return m_high; }
    double window() const { return m_high - m_low; }
    double level() const { return 0.5 * (m_low + m_high); }
    Colormap colormap() const { return m_colormap; }

    // high is kept above low (a flat window gets a tiny width).
    void setRange(double low, double high);
    void setWindowLevel(double window, double level);
    void setColormap(Colormap map);

    // Position of a value in the map, 0..1 (clamped), and the colour it is shown with.
    double position(double value) const;
    QRgb color(double value) const { return colormapColor(m_colormap, position(value)); }

signals:
    void changed();

private:
    double m_low = 0.0;
    double m_high = 1.0;
    Colormap m_colormap = Colormap::Grey;
};

}  // namespace xrs::widgets
