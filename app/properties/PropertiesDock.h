#pragma once
// app/properties/PropertiesDock: the main window's "Properties" dock (tabified with the Data dock). It follows the
// image view that has (or last had) focus or a click — a pane, a comparison pane or a volume slice — and shows its
// data (source, shape, frame, source type, value ranges, pixel size, frame memory), its display (colour map and
// window, edited through the view's DisplaySettings, so the view shows the change at once and the window's undo stack
// records it), its metadata (sorted key = value) and its provenance (one selectable line each). Holds the followed
// objects through QPointer only: a view that goes away empties the dock. A Qt child of the window; owns its widgets.
#include <QDockWidget>
#include <QPointer>

#include <optional>

#include "core/ImageStack.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace xrs::widgets {
class ComparisonView;
class DisplaySettings;
class ImageView;
class OrthoSliceView;
}  // namespace xrs::widgets

namespace xrs::app {

class ImagePane;
class MainWindow;

class PropertiesDock : public QDockWidget {
    Q_OBJECT
public:
    // Adds itself to the window (tabified with the "Data" dock) and its toggle to the View menu.
    explicit PropertiesDock(MainWindow& window);
    ~PropertiesDock() override;

    // The view shown (nullptr when none). follow(nullptr) empties the dock.
    widgets::ImageView* followedView() const;
    void follow(widgets::ImageView* view);

    // The image view a widget belongs to (itself or an ancestor) when it is in this dock's window; else nullptr.
    widgets::ImageView* viewOf(QWidget* widget) const;

    // The widgets, for tests and scripts.
    QComboBox* colormapBox() const { return m_colormap; }
    QDoubleSpinBox* lowBox() const { return m_low; }
    QDoubleSpinBox* highBox() const { return m_high; }
    QPushButton* autoRangeButton() const { return m_auto; }
    QTreeWidget* metadataTree() const { return m_metadata; }
    QPlainTextEdit* provenanceText() const { return m_provenance; }
    // The text of a Data row by its object name ("title", "source", "dataset", "shape", "frame", "dtype",
    // "fileRange", "frameRange", "pixelSize", "memory"); empty when unknown.
    QString dataText(const QString& field) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void disconnectFollowed();
    void connectSettings();
    void refreshAll();
    void refreshData();
    void refreshDisplay();
    void watchForUndo();
    void setLow(double value);
    void setHigh(double value);
    void applyAutoRange();
    void applyColormap(int index);

    MainWindow& m_window;
    QPointer<widgets::ImageView> m_view;
    QPointer<widgets::DisplaySettings> m_settings;   // the settings m_view uses (its own or a shared one)
    QPointer<widgets::ComparisonView> m_comparison;  // when m_view is a comparison pane
    QPointer<widgets::OrthoSliceView> m_ortho;       // when m_view is a volume slice
    QPointer<ImagePane> m_pane;                      // when m_view is a pane of the Images tab
    std::optional<ValueRange> m_frameRange;          // finite min/max of the frame shown
    bool m_shownOnce = false;  // shown with the Data dock the first time (later: the user's choice)

    QStackedWidget* m_pages = nullptr;  // Qt children from here on: "nothing followed" | the properties
    QLabel* m_heading = nullptr;        // the title of the followed view
    QLineEdit* m_source = nullptr;
    QLineEdit* m_dataset = nullptr;
    QLabel* m_shape = nullptr;
    QLabel* m_frame = nullptr;
    QLabel* m_dtype = nullptr;
    QLabel* m_fileRange = nullptr;
    QLabel* m_frameRangeLabel = nullptr;
    QLabel* m_pixelSize = nullptr;
    QLabel* m_memory = nullptr;
    QComboBox* m_colormap = nullptr;
    QDoubleSpinBox* m_low = nullptr;
    QDoubleSpinBox* m_high = nullptr;
    QPushButton* m_auto = nullptr;
    QTreeWidget* m_metadata = nullptr;
    QPlainTextEdit* m_provenance = nullptr;
};

}  // namespace xrs::app
