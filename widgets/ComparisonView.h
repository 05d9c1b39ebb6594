#pragma once
// widgets/ComparisonView: the linked comparison layout — LR | HR | reconstructed (+ ground truth and |reconstructed −
// ground truth| when there is a ground truth), all shown on the HR pixel grid (LR upscaled for display only, nearest or
// bicubic). Pan/zoom and the frame index are linked through a LinkedViewState; the HR pane shows the HR frame nearest
// in time (TimeMapping) and says how far it is; window/level and colour map are shared unless unlinked (the difference
// pane keeps its own). Under the panes: frame slider, play/pause at a chosen fps with looping, and the per-frame
// metric plot (click a point → that frame) next to the histogram of the shared display range.
// Keys: ←/→ step, Home/End first/last frame, Space play/pause. Owns the stacks it shows (in memory).
#include <QWidget>

#include "DisplaySettings.h"
#include "LinkedViewState.h"
#include "MetricReport.h"
#include "TimeMapping.h"
#include "core/ImageStack.h"
#include "core/Resample.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSplitter;
class QTimer;
class QToolButton;

namespace xrs::widgets {

class HistogramWidget;
class ImageView;
class MetricPlot;

struct ComparisonInput {
    ImageStack lr;              // required
    ImageStack hr;              // optional: fewer frames at their own times
    ImageStack reconstructed;   // optional, one frame per LR frame
    ImageStack groundTruth;     // optional, one frame per LR frame
    QString reconstructedName;  // pane title, e.g. "bicubic" (empty: "Reconstructed")
    TimeMapping times;          // LR ↔ HR; empty: evenly spaced over the LR frames
    MetricReport report;        // per-frame metrics for the plot (may be empty)
};

class ComparisonView : public QWidget {
    Q_OBJECT
public:
    enum class Pane { Lr, Hr, Reconstructed, GroundTruth, Difference };

    explicit ComparisonView(QWidget* parent = nullptr);
    ~ComparisonView() override;

    // Throws xrs::Error when the stacks do not fit together (no LR, frame counts that differ).
    void setInput(ComparisonInput input);
    const ComparisonInput& input() const { return m_input; }

    int frameCount() const { return m_link.frameCount(); }
    int currentFrame() const { return m_link.frame(); }
    // The view of a pane; nullptr when that pane is not shown (no data for it).
    ImageView* view(Pane pane) const;
    QList<ImageView*> views() const;
    QString caption(Pane pane) const;  // the line under the pane's title
    // The HR grid (rows, cols) every pane is shown on.
    QSize gridSize() const { return m_grid; }

    LinkedViewState& link() { return m_link; }
    DisplaySettings& sharedDisplay() { return m_shared; }
    MetricPlot* metricPlot() const { return m_plot; }
    HistogramWidget* histogram() const { return m_histogram; }
    QSlider* frameSlider() const { return m_slider; }

    void setUpscale(Interpolation how);
    Interpolation upscale() const { return m_upscale; }
    void setWindowLevelLinked(bool on);
    bool windowLevelLinked() const { return m_wlLinked; }
    void setFps(double fps);
    double fps() const;
    void setLooping(bool on);
    bool isLooping() const;
    void setPlaying(bool on);
    bool isPlaying() const;

public slots:
    void setFrame(int frame);
    void stepFrames(int delta);

signals:
    void frameChanged(int frame);
    // setWindowLevelLinked() (or the check box) changed the link; emitted after the panes follow it.
    void windowLevelLinkedChanged(bool on);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct PaneWidgets;
    void buildPanes();
    void showFrame(int frame);
    void onPaneViewChanged(ImageView* source);
    void onTick();
    bool handleKey(int key);
    void resetDisplayRanges();
    ImageStack lrOnGrid(int frame) const;

    ComparisonInput m_input;
    LinkedViewState m_link;
    DisplaySettings m_shared;
    std::vector<PaneWidgets> m_panes;
    QSize m_grid;
    int m_hrShown = -1;
    Interpolation m_upscale = Interpolation::Nearest;
    bool m_wlLinked = true;
    bool m_syncing = false;  // applying the link to the panes: their echoes are not user changes

    QSplitter* m_vertical = nullptr;  // Qt children
    QWidget* m_paneRow = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_frameLabel = nullptr;
    QToolButton* m_play = nullptr;
    QDoubleSpinBox* m_fps = nullptr;
    QCheckBox* m_loop = nullptr;
    QComboBox* m_upscaleBox = nullptr;
    QCheckBox* m_linkWl = nullptr;
    QComboBox* m_colormapBox = nullptr;
    MetricPlot* m_plot = nullptr;
    HistogramWidget* m_histogram = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_histogramTimer = nullptr;
};

}  // namespace xrs::widgets
