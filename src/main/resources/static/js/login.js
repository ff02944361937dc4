// Show or hide the password while typing it on a small phone keyboard.
(function () {
  var toggle = document.getElementById('show-password');
  var field = document.getElementById('password');
  if (toggle && field) {
    toggle.addEventListener('change', function () {
      field.type = toggle.checked ? 'text' : 'password';
    });
  }
})();
