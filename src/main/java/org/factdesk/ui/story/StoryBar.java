package org.factdesk.ui.story;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.ui.common.FieldVisitBinding;
import org.factdesk.ui.common.DialogSizing;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.TabMovesFocus;
import org.factdesk.ui.common.TextEntryGuard;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The top of the window: the story chooser with New, Duplicate, Rename and Delete, the serial-comma setting,
 * and the open story's title and lede. Delete asks for confirmation here, in the view; the window's menu can
 * call {@link #newStory()}, {@link #duplicateStory()}, {@link #rename()} and {@link #confirmAndDelete()} for
 * the same flows. Built in code; observes its view-model only. JavaFX thread.
 */
public final class StoryBar extends VBox {

    private final StoryBarModel model;
    private final ComboBox<StoryChoice> chooser = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea lede = new TextArea();
    private boolean choosing;

    public StoryBar(StoryBarModel model) {
        this.model = model;
        getStyleClass().add(StoryBarStyles.BAR);
        getStylesheets().add(StoryBar.class.getResource(StoryBarStyles.STYLESHEET).toExternalForm());
        setSpacing(10);
        getChildren().addAll(tools(), fields());

        model.currentChoiceProperty().addListener((observable, old, now) -> followOpenStory());
        model.choices().addListener((ListChangeListener<StoryChoice>) change -> followOpenStory());
        followOpenStory();
        model.titleRequestsProperty().addListener((observable, old, now) -> {
            title.requestFocus();
            title.selectAll();
        });
    }

    private HBox tools() {
        chooser.getStyleClass().add(StoryBarStyles.CHOOSER);
        chooser.setItems(model.choices());
        chooser.setCellFactory(list -> new StoryCell());
        chooser.setButtonCell(new StoryCell());
        chooser.setPrefWidth(320);
        chooser.setPromptText("Stories");
        chooser.setAccessibleText("Open story");
        chooser.valueProperty().addListener((observable, old, now) -> {
            if (!choosing) {
                model.open(now);
            }
        });

        Button create = new Button("New story", Icons.of(Feather.FILE_PLUS));
        create.setOnAction(event -> newStory());
        Button duplicate = iconButton(Feather.COPY, "Duplicate story", this::duplicateStory);
        Button rename = iconButton(Feather.EDIT_2, "Rename story", this::rename);
        // Not painted red: it sits beside everyday buttons, and the confirmation is the safeguard.
        Button delete = iconButton(Feather.TRASH_2, "Delete story…", this::confirmAndDelete);
        for (Button button : new Button[] {create, duplicate, rename, delete}) {
            button.disableProperty().bind(model.currentProperty().isNull());
        }

        CheckBox serialComma = new CheckBox("Serial comma");
        serialComma.setTooltip(new Tooltip("House style: a comma before \u201cand\u201d in a Sources line of three "
                + "or more sources"));
        serialComma.selectedProperty().bindBidirectional(model.serialCommaProperty());
        serialComma.disableProperty().bind(model.currentProperty().isNull());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(6, chooser, create, duplicate, rename, delete, gap, serialComma);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add(StoryBarStyles.TOOLS);
        return tools;
    }

    private GridPane fields() {
        title.getStyleClass().add(StoryBarStyles.TITLE);
        title.setPromptText("Title");
        title.setAccessibleText("Story title");
        TextEntryGuard.install(title, Kind.LINE);
        title.textProperty().bindBidirectional(model.titleProperty());

        lede.getStyleClass().add(StoryBarStyles.LEDE);
        lede.setPromptText("Lede: the story in one or two sentences");
        lede.setAccessibleText("Lede");
        lede.setWrapText(true);
        lede.setPrefRowCount(2);
        TextEntryGuard.install(lede, Kind.TEXT);
        TabMovesFocus.install(lede);
        lede.textProperty().bindBidirectional(model.ledeProperty());

        for (TextInputControl field : new TextInputControl[] {title, lede}) {
            field.disableProperty().bind(model.currentProperty().isNull());
        }
        FieldVisitBinding.install(model.textVisit(), title, lede);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, fieldName("Title", title), title);
        grid.addRow(1, fieldName("Lede", lede), lede);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        return grid;
    }

    private static Label fieldName(String text, javafx.scene.Node field) {
        Label name = new Label(text);
        name.getStyleClass().add(StoryBarStyles.FIELD_NAME);
        name.setLabelFor(field);
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        return name;
    }

    private static Button iconButton(Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().add(Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Shows the open story in the chooser; typing the title renames its entry in place. */
    private void followOpenStory() {
        StoryChoice entry = model.currentChoiceProperty().get();
        if (entry != chooser.getValue()) {
            choosing = true;
            try {
                chooser.setValue(entry);
            } finally {
                choosing = false;
            }
        }
    }

    // ---- for the window's menu

    /** Puts the caret in the title (or the lede), for a finding about it; they are always in view. */
    public void focusTitle(boolean inLede) {
        (inLede ? lede : title).requestFocus();
    }

    public void newStory() {
        model.newStory();
    }

    public void duplicateStory() {
        model.duplicateStory();
    }

    /** Puts the caret in the title with the text selected: the title is the story's name. */
    public void rename() {
        model.rename();
    }

    /** Asks the user to confirm, naming the story, and deletes it only on "Delete". */
    public void confirmAndDelete() {
        if (model.currentProperty().get() == null) {
            return;
        }
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.deleteDetails(), delete, ButtonType.CANCEL);
        confirm.setTitle("Delete story");
        confirm.setHeaderText(model.deleteQuestion());
        if (getScene() != null) {
            confirm.initOwner(getScene().getWindow());
        }
        // Cancel is the default, so a stray Enter does not delete a story.
        ((Button) confirm.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        DialogSizing.fitToContent(confirm).showAndWait().filter(delete::equals)
                .ifPresent(chosen -> model.deleteStory());
    }

    /** A story in the chooser, by its title; follows the title as it is typed. */
    private static final class StoryCell extends ListCell<StoryChoice> {
        @Override
        protected void updateItem(StoryChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            textProperty().unbind();
            if (empty || choice == null) {
                setText(null);
            } else {
                textProperty().bind(choice.nameProperty());
            }
        }
    }
}
