#pragma once
// app/JobsPanel: the "Jobs" dock's content: one row per job of a LocalRunner (title, state, progress bar, last
// message or error) and a button that cancels the selected job. Reads jobs from the runner; owns only its widgets.
#include <QHash>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace xrs::remote {
class LocalRunner;
}

namespace xrs::app {

class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(remote::LocalRunner& runner, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }

private:
    void addJob(const QString& id);
    void updateJob(const QString& id);
    void cancelSelected();
    void updateCancelButton();

    remote::LocalRunner& m_runner;
    QTreeWidget* m_tree = nullptr;  // Qt children
    QPushButton* m_cancel = nullptr;
    QHash<QString, QTreeWidgetItem*> m_items;  // owned by m_tree
};

}  // namespace xrs::app
