// A page whose workspace is still to come: a large icon, a title and a friendly description of what it will hold.
// Run, Leaderboard, OCR, Export and History start as this and become full pages in later work.
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace tern::ui {

class PlaceholderPage : public QWidget {
    Q_OBJECT
  public:
    PlaceholderPage(const QString& iconPath, const QString& title, const QString& description,
                    QWidget* parent = nullptr);

    QString title() const;
    QString description() const;

  private:
    QLabel* m_title;
    QLabel* m_description;
};

} // namespace tern::ui
