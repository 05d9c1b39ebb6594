#pragma once
// widgets/TryCenterStrip: the slices of a try-centre sweep (`xrs recon --try-center A:B:STEP`) side by side as
// thumbnails, each with the exact centre under it, all in one common window/level so that their sharpness compares
// fairly, and a larger preview of the hovered (else the selected) one. Clicking a thumbnail selects it and emits
// centerChosen(). Owns its copy of the slices and its widgets.
#include <QImage>
#include <QWidget>

#include <vector>

#include "core/ImageStack.h"

class QAbstractButton;
class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace xrs::widgets {

class TryCenterStrip : public QWidget {
    Q_OBJECT
public:
    explicit TryCenterStrip(QWidget* parent = nullptr);

    // One thumbnail per frame of `slices`, labelled with centers[i] (throws std::invalid_argument when the counts
    // differ). The common display range is the 0.35..99.65 percentile range over all slices.
    void setSlices(ImageStack slices, std::vector<double> centers);
    // Reads a try-centre stack written by the CLI: the centres come from its metadata (center_<i>).
    // Throws xrs::Error naming the file when it cannot be read or lacks the labels.
    void loadFile(const QString& path);
    void clear();

    int count() const { return int(m_centers.size()); }
    double center(int index) const { return m_centers.at(std::size_t(index)); }
    QString label(int index) const;  // what is written under thumbnail `index`
    QAbstractButton* thumbnail(int index) const;
    int selected() const { return m_selected; }  // -1: none
    void select(int index);
    // The display range all thumbnails share.
    ValueRange displayRange() const { return m_range; }
    // The slice shown large (the hovered one, else the selected one, else the first).
    int previewIndex() const { return m_previewIndex; }
    QImage renderSlice(int index, int maxSide) const;

signals:
    void centerChosen(double center);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showPreview(int index);

    ImageStack m_slices;
    std::vector<double> m_centers;
    ValueRange m_range;
    int m_selected = -1;
    int m_previewIndex = -1;
    QScrollArea* m_scroll = nullptr;  // Qt children
    QWidget* m_row = nullptr;
    QHBoxLayout* m_rowLayout = nullptr;
    QButtonGroup* m_group = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_previewCaption = nullptr;
};

}  // namespace xrs::widgets
