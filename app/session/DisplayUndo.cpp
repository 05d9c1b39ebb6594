// app/session/DisplayUndo: display changes as undo commands (see the header).
#include "DisplayUndo.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <vector>

#include "widgets/ComparisonView.h"
#include "widgets/DisplaySettings.h"
#include "widgets/ImageView.h"

namespace xrs::app {

namespace {

constexpr int kDisplayCommandId = 0x58525344;  // any constant shared by all display commands

DisplayState stateOf(const widgets::DisplaySettings& s)
{
    return {s.low(), s.high(), s.colormap()};
}

// One user action on the display: the before/after values of every settings it touched, and the link it toggled.
class DisplayCommand : public QUndoCommand {
public:
    struct Change {
        QPointer<widgets::DisplaySettings> settings;
        DisplayState before, after;
    };
    struct LinkChange {
        QPointer<widgets::ComparisonView> comparison;
        bool before = true, after = true;
    };

    DisplayCommand(DisplayUndo& owner, int group) : m_owner(owner), m_group(group) {}

    void addChange(widgets::DisplaySettings* settings, const DisplayState& before, const DisplayState& after)
    {
        for (Change& c : m_changes) {
            if (c.settings == settings) {
                c.after = after;
                return;
            }
        }
        m_changes.push_back({settings, before, after});
    }
    void setLink(widgets::ComparisonView* comparison, bool before, bool after)
    {
        if (!m_link) m_link = LinkChange{comparison, before, after};
        m_link->after = after;
    }
    void updateText()
    {
        bool colormap = false;
        for (const Change& c : m_changes) colormap = colormap || c.before.colormap != c.after.colormap;
        if (m_link)
            setText(m_link->after ? DisplayUndo::tr("Link Window/Level") : DisplayUndo::tr("Unlink Window/Level"));
        else if (colormap)
            setText(DisplayUndo::tr("Colormap"));
        else
            setText(DisplayUndo::tr("Window/Level"));
    }

    int id() const override { return kDisplayCommandId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const DisplayCommand*>(other);
        if (o->m_group != m_group) return false;
        for (const Change& c : o->m_changes) addChange(c.settings, c.before, c.after);
        if (o->m_link) setLink(o->m_link->comparison, o->m_link->before, o->m_link->after);
        updateText();
        return true;
    }

    void undo() override
    {
        if (isGone()) return;
        // Values first, then the link: relinking shows the shared range again.
        for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it) m_owner.apply(it->settings, it->before);
        if (m_link) m_owner.applyLink(m_link->comparison, m_link->before);
    }
    void redo() override
    {
        if (m_first) {  // pushed after the change happened: nothing to do
            m_first = false;
            return;
        }
        if (isGone()) return;
        if (m_link) m_owner.applyLink(m_link->comparison, m_link->after);
        for (const Change& c : m_changes) m_owner.apply(c.settings, c.after);
    }

private:
    // Everything it changed was closed: the stack drops the command.
    bool isGone()
    {
        bool gone = !m_link || !m_link->comparison;
        for (const Change& c : m_changes) gone = gone && !c.settings;
        setObsolete(gone);
        return gone;
    }

    DisplayUndo& m_owner;
    int m_group;
    bool m_first = true;
    std::vector<Change> m_changes;
    std::optional<LinkChange> m_link;
};

}  // namespace

DisplayUndo::DisplayUndo(QUndoStack& stack, QObject* parent) : QObject(parent), m_stack(stack)
{
    // Mouse buttons anywhere in the application delimit gestures.
    qApp->installEventFilter(this);
}

DisplayUndo::~DisplayUndo()
{
    qApp->removeEventFilter(this);
}

void DisplayUndo::watch(widgets::DisplaySettings* settings)
{
    if (!settings || m_last.contains(settings)) return;
    m_last.insert(settings, stateOf(*settings));
    connect(settings, &widgets::DisplaySettings::changed, this, [this, settings] { onChanged(settings); });
    connect(settings, &QObject::destroyed, this, [this, settings] { m_last.remove(settings); });
}

void DisplayUndo::watch(widgets::ComparisonView* comparison)
{
    if (!comparison) return;
    watch(&comparison->sharedDisplay());
    // Each pane's own settings (used while unlinked) are children of its view.
    for (widgets::ImageView* view : comparison->views())
        for (auto* own : view->findChildren<widgets::DisplaySettings*>(Qt::FindDirectChildrenOnly)) watch(own);
    if (comparison->property("xrsDisplayUndo").toBool()) return;
    comparison->setProperty("xrsDisplayUndo", true);
    connect(comparison, &widgets::ComparisonView::windowLevelLinkedChanged, this,
            [this, comparison](bool on) { onLinkChanged(comparison, on); });
}

void DisplayUndo::resync()
{
    for (auto it = m_last.begin(); it != m_last.end(); ++it) it.value() = stateOf(*it.key());
}

void DisplayUndo::pauseWhileLoading()
{
    if (m_paused) return;
    m_paused = true;
    QTimer::singleShot(0, this, [this] {
        m_paused = false;
        resync();
    });
}

bool DisplayUndo::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick) {
        m_pressed = true;
        m_groupOpen = false;
    } else if (type == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->buttons() == Qt::NoButton) {
            m_pressed = false;
            m_groupOpen = false;
        }
    }
    return QObject::eventFilter(watched, event);
}

int DisplayUndo::currentGroup()
{
    if (!m_groupOpen) {
        ++m_group;
        m_groupOpen = true;
        // Outside a gesture a group is what one pass of the event loop changes.
        if (!m_pressed) {
            const int group = m_group;
            QTimer::singleShot(0, this, [this, group] {
                if (m_group == group && !m_pressed) m_groupOpen = false;
            });
        }
    }
    return m_group;
}

void DisplayUndo::onChanged(widgets::DisplaySettings* settings)
{
    const DisplayState now = stateOf(*settings);
    const DisplayState before = m_last.value(settings, now);
    m_last[settings] = now;
    if (m_applying || m_paused || before == now) return;
    auto* command = new DisplayCommand(*this, currentGroup());
    command->addChange(settings, before, now);
    command->updateText();
    m_stack.push(command);
}

void DisplayUndo::onLinkChanged(widgets::ComparisonView* comparison, bool linked)
{
    if (m_applying || m_paused) return;
    auto* command = new DisplayCommand(*this, currentGroup());
    command->setLink(comparison, !linked, linked);
    command->updateText();
    m_stack.push(command);
}

void DisplayUndo::apply(widgets::DisplaySettings* settings, const DisplayState& state)
{
    if (!settings) return;  // its pane was closed
    const bool was = m_applying;
    m_applying = true;
    settings->setColormap(state.colormap);
    settings->setRange(state.low, state.high);
    m_applying = was;
    m_last[settings] = stateOf(*settings);
}

void DisplayUndo::applyLink(widgets::ComparisonView* comparison, bool linked)
{
    if (!comparison) return;
    const bool was = m_applying;
    m_applying = true;
    comparison->setWindowLevelLinked(linked);
    m_applying = was;
    resync();
}

}  // namespace xrs::app
