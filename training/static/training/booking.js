/*
 * Event pages are cached and set no cookie, so the booking form arrives without a CSRF
 * token. When the reader starts to fill it in, fetch the token (which sets the CSRF cookie)
 * and the current number of places left from the event's uncached booking-state address.
 */
(function () {
    "use strict";

    var form = document.querySelector("form.booking-form[data-booking-state]");
    if (!form) {
        return;
    }
    var area = form.closest("[data-places-left]");
    var tokenInput = form.querySelector('input[name="csrfmiddlewaretoken"]');
    var pending = null;

    function showPlaces(places) {
        if (!area || String(places) === area.getAttribute("data-places-left")) {
            return;
        }
        area.setAttribute("data-places-left", String(places));
        var strong = area.querySelector(".booking__places strong");
        var button = form.querySelector('button[type="submit"]');
        if (strong) {
            strong.textContent = places > 0
                ? places + (places === 1 ? " place left" : " places left")
                : "This event is full.";
        }
        if (button) {
            button.textContent = places > 0 ? "Book a place" : "Join the waiting list";
        }
    }

    function fetchState() {
        if (!pending) {
            pending = fetch(form.getAttribute("data-booking-state"), {
                credentials: "same-origin",
                cache: "no-store",
                headers: {Accept: "application/json"}
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error("booking state: " + response.status);
                }
                return response.json();
            }).then(function (state) {
                if (state.csrfToken) {
                    tokenInput.value = state.csrfToken;
                }
                if (typeof state.placesLeft === "number") {
                    showPlaces(state.placesLeft);
                }
                return state;
            }).catch(function (error) {
                pending = null;
                throw error;
            });
        }
        return pending;
    }

    form.addEventListener("focusin", function () {
        fetchState().catch(function () {});
    });
    form.addEventListener("submit", function (event) {
        if (tokenInput.value) {
            return;
        }
        event.preventDefault();
        fetchState().catch(function () {}).then(function () {
            form.submit();
        });
    });
}());
