#pragma once
// app/session/UndoBinder: undo/redo for any parameter form. Walks a form's QSpinBox, QDoubleSpinBox, QLineEdit,
// QComboBox and QCheckBox children that have an objectName (the stable key) and records each committed change —
// editingFinished for spin boxes and line edits, currentIndexChanged for combo boxes, toggled for check boxes — as one
// command on a QUndoStack. Undo/redo set the value back (the form's own signals still fire, so it follows) without
// recording a new command. Owns only its bookkeeping; a QObject child of the form, so it ends with it.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariant>

class QUndoStack;
class QWidget;

namespace xrs::app {

class UndoBinder : public QObject {
    Q_OBJECT
public:
    // Binds the fields that exist now; call bind() again after adding fields.
    UndoBinder(QWidget* form, QUndoStack* stack);

    void bind();
    // Takes the current values as the baseline without recording (after the form loaded presets or a job).
    void resync();
    // objectNames of the bound fields.
    QStringList boundNames() const { return m_fields.keys(); }
    bool isApplying() const { return m_applying; }

    // A field's committed value (spin box number, line edit text, combo box index, check box state).
    static QVariant valueOf(const QWidget* field);
    // Sets it back (used by the commands).
    void apply(QWidget* field, const QVariant& value);

private:
    struct Field {
        QPointer<QWidget> widget;
        QVariant last;
    };
    void commit(QWidget* field);
    QString labelFor(const QWidget* field) const;

    QPointer<QWidget> m_form;
    QUndoStack* m_stack;
    QHash<QString, Field> m_fields;
    bool m_applying = false;
};

}  // namespace xrs::app
