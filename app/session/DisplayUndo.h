#pragma once
// app/session/DisplayUndo: puts display changes on an undo stack — window/level, colour map, automatic range presets
// (all through DisplaySettings) and the comparison's linked/unlinked window/level. Watches DisplaySettings objects
// (not owned) and turns their changes into commands that restore exact values. Changes made while a mouse button is
// held (a right drag in an image, a limit dragged in a histogram) are one command; so are the changes one action
// causes at once (unlinking copies the shared range into every pane). Owns only its bookkeeping.
#include <QHash>
#include <QObject>
#include <QPointer>

#include "widgets/Colormap.h"

class QUndoStack;

namespace xrs::widgets {
class ComparisonView;
class DisplaySettings;
}  // namespace xrs::widgets

namespace xrs::app {

struct DisplayState {
    double low = 0.0, high = 1.0;
    widgets::Colormap colormap = widgets::Colormap::Grey;
    bool operator==(const DisplayState&) const = default;
};

class DisplayUndo : public QObject {
    Q_OBJECT
public:
    DisplayUndo(QUndoStack& stack, QObject* parent = nullptr);
    ~DisplayUndo() override;

    // Starts recording changes of `settings` from its current values on. Watching twice does nothing.
    void watch(widgets::DisplaySettings* settings);
    // The shared and the per-pane settings of the comparison, and its window/level link.
    void watch(widgets::ComparisonView* comparison);
    // Takes the current values as the new baseline (after loading data, which sets an automatic range).
    void resync();
    // Records nothing until the event loop runs again, then resyncs: for data being loaded now.
    void pauseWhileLoading();

    QUndoStack& stack() const { return m_stack; }
    // True while a command sets values back (its changes are not recorded).
    bool isApplying() const { return m_applying; }

    // Used by the commands.
    void apply(widgets::DisplaySettings* settings, const DisplayState& state);
    void applyLink(widgets::ComparisonView* comparison, bool linked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onChanged(widgets::DisplaySettings* settings);
    void onLinkChanged(widgets::ComparisonView* comparison, bool linked);
    int currentGroup();

    QUndoStack& m_stack;
    QHash<widgets::DisplaySettings*, DisplayState> m_last;  // the values each watched settings had last
    bool m_applying = false;
    bool m_paused = false;
    bool m_pressed = false;    // a mouse button is down: one gesture
    bool m_groupOpen = false;  // changes now still join the command of m_group
    int m_group = 0;
};

}  // namespace xrs::app
