// The reception desk's CCCD field checked as typed: after each pause in typing (or a change of the
// birth date) the server answers with the receipt validator's own message, or nothing when the
// number reads (Components/Pages/Reception/CitizenIdCheck.cs). Listening on the document keeps it
// working after Blazor's enhanced navigation, which does not run scripts of the pages it patches in.
(() => {
    const pause = 300;
    let timer;
    let asked = 0;

    async function check(input) {
        const question = ++asked;
        const birthDate = input.form?.querySelector("[data-birth-date]")?.value ?? "";
        const url = `${input.dataset.checkCitizenId}?so=${encodeURIComponent(input.value)}&ngay-sinh=${encodeURIComponent(birthDate)}`;
        const response = await fetch(url, { credentials: "same-origin" });
        if (!response.ok || question !== asked) {
            return; // an older answer arriving after a newer question is not shown
        }

        const message = await response.text();
        const target = document.getElementById(input.dataset.messageTarget);
        if (target) {
            target.textContent = message;
        }

        input.setAttribute("aria-invalid", message ? "true" : "false");
    }

    function citizenIdOf(element) {
        if (!(element instanceof HTMLInputElement)) {
            return null;
        }

        if (element.dataset.checkCitizenId) {
            return element;
        }

        return element.hasAttribute("data-birth-date") ? element.form?.querySelector("[data-check-citizen-id]") : null;
    }

    document.addEventListener("input", event => {
        const input = citizenIdOf(event.target);
        if (!input) {
            return;
        }

        clearTimeout(timer);
        if (input.value.trim() === "") {
            asked++; // nothing typed is not an error yet: the receipt's validator says so on submit
            document.getElementById(input.dataset.messageTarget)?.replaceChildren();
            input.removeAttribute("aria-invalid");
            return;
        }

        timer = setTimeout(() => check(input), pause);
    });
})();
