// Enhancement only: a "Copy link" button next to a read-only field; without script the text is selectable.
document.querySelectorAll("[data-copy-target]").forEach((button) => {
    const field = document.getElementById(button.dataset.copyTarget);
    const status = document.getElementById("copy-status");
    if (!field || !navigator.clipboard) {
        return;
    }
    button.hidden = false;
    button.addEventListener("click", async () => {
        try {
            await navigator.clipboard.writeText(field.value);
            if (status) status.textContent = "Link copied.";
        } catch {
            field.select();
            if (status) status.textContent = "Press Ctrl+C (or ⌘C) to copy the selected link.";
        }
    });
});
document.querySelectorAll("input[readonly]").forEach((field) => field.addEventListener("focus", () => field.select()));
