document.getElementById("app").textContent = "Cari berita";
